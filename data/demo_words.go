package data

import "time"

// seedDemoWords gives two demo children their own words: Leo (9) and
// Maisie (4), so the child's view shows both with and without pictures.
func seedDemoWords(s *Store, _ time.Time) error {
	kids, err := s.Children()
	if err != nil {
		return err
	}
	words := map[string]map[WordsList][]string{
		"Leo": {
			WordsEnjoy:    {"Building in Minecraft with Sam", "Funny animal videos"},
			WordsWorries:  {"Someone I don't know asking to be my friend"},
			WordsPromises: {"I will tell Mum or Dad if something online upsets me", "I will stop when the timer goes"},
			WordsAsks:     {"Give me a five-minute warning", "Ask me before you post photos of me"},
		},
		"Maisie": {
			WordsEnjoy:    {"Drawing app", "Bluey"},
			WordsPromises: {"I will give the tablet back when the song ends"},
			WordsAsks:     {"Play with me sometimes"},
		},
	}
	for _, c := range kids {
		for _, l := range AllWordsLists {
			for _, text := range words[c.Name][l] {
				if err := s.AddChildWord(c.ID, l, text); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
