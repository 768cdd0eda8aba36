package data

import "testing"

func TestDisplayChoicesAreKept(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	if d, _ := s.Display(); d.Scale() != 1 || d.HighContrast {
		t.Fatalf("a new family starts with %+v", d)
	}
	if err := s.SaveDisplay(Display{TextSize: 150, HighContrast: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDisplay(Display{TextSize: 400}); err == nil {
		t.Fatal("400% was taken")
	}
	closeOK(t, s)
	s, _ = Open(dir, testOptions())
	defer closeOK(t, s)
	if d, _ := s.Display(); d.Scale() != 1.5 || !d.HighContrast {
		t.Fatalf("after reopening: %+v", d)
	}
	if set, err := s.Settings(); err != nil || set.Onboarded {
		t.Fatalf("the settings record was touched: %+v %v", set, err)
	}
}
