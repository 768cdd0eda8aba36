package data

// Display is how the app is drawn: text size and contrast, chosen in
// Settings, kept beside the settings (its own record, so the other
// settings' record keeps its shape).
type Display struct {
	TextSize     int  `json:"text_size,omitempty"` // percent, 100 to 200; 0 is 100
	HighContrast bool `json:"high_contrast,omitempty"`
}

// The text sizes Settings offers, in percent.
var TextSizes = []int{100, 125, 150, 175, 200}

var keyDisplay = []byte("display")

// Scale is the text size as a factor (1 to 2).
func (d Display) Scale() float32 {
	if d.TextSize < 100 || d.TextSize > 200 {
		return 1
	}
	return float32(d.TextSize) / 100
}

// Display reads the display choices; zero (100%, normal contrast) until
// chosen.
func (s *Store) Display() (Display, error) {
	var d Display
	err := s.db.View(func(tx txn) error {
		return getOrDefault(tx, bucketSettings, keyDisplay, &d)
	})
	return d, err
}

// SaveDisplay keeps the display choices. A size outside 100 to 200 is
// refused.
func (s *Store) SaveDisplay(d Display) error {
	if d.TextSize != 0 && (d.TextSize < 100 || d.TextSize > 200) {
		return outOfRange("display.text_size", 100, 200)
	}
	return s.db.Update(func(tx txn) error { return put(tx, bucketSettings, keyDisplay, d) })
}
