package data

var keySettings = []byte("settings")

// Settings are the family's choices for the app itself.
type Settings struct {
	Language string `json:"language"` // "en", "cy" or "pl"; empty until chosen
	Region   string `json:"region"`   // "GB", "US", ...; empty until chosen
	// SchoolNation is the UK nation whose school years the reminders
	// follow ("ew", "sct", "ni"); empty until chosen.
	SchoolNation string `json:"school_nation,omitempty"`
	Onboarded    bool   `json:"onboarded"` // the welcome has been completed
	Demo         bool   `json:"demo"`      // this database holds the sample family
}

// Settings returns the saved settings, or zero Settings on a new database.
func (s *Store) Settings() (Settings, error) {
	var out Settings
	err := s.db.View(func(tx txn) error {
		err := get(tx, bucketSettings, keySettings, &out)
		if err == ErrNotFound {
			return nil
		}
		return err
	})
	return out, err
}

// SaveSettings replaces the settings.
func (s *Store) SaveSettings(v Settings) error {
	return s.db.Update(func(tx txn) error {
		return put(tx, bucketSettings, keySettings, v)
	})
}

// UpdateSettings reads, changes and writes the settings in one transaction.
func (s *Store) UpdateSettings(change func(*Settings)) error {
	return s.db.Update(func(tx txn) error {
		var v Settings
		if err := get(tx, bucketSettings, keySettings, &v); err != nil && err != ErrNotFound {
			return err
		}
		change(&v)
		return put(tx, bucketSettings, keySettings, v)
	})
}
