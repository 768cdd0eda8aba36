package data

import (
	"strconv"
	"strings"
)

// The hours and minutes boxes of a day's limit, as typed.
const (
	FieldLimitHours   = "limit.hours"
	FieldLimitMinutes = "limit.minutes"
)

// LimitFromBoxes reads a day's hours and minutes boxes. Both empty means
// no limit; one empty counts as 0. Anything else must be whole numbers, 0
// to 24 hours and 0 to 59 minutes, 24 hours at most in all; a refusal
// names the box and the rule.
func LimitFromBoxes(hours, minutes string) (Limit, error) {
	hours, minutes = strings.TrimSpace(hours), strings.TrimSpace(minutes)
	if hours == "" && minutes == "" {
		return Limit{}, nil
	}
	h, err := boxNumber(FieldLimitHours, hours, 24)
	if err != nil {
		return Limit{}, err
	}
	m, err := boxNumber(FieldLimitMinutes, minutes, 59)
	if err != nil {
		return Limit{}, err
	}
	if h*60+m > MinutesPerDay {
		return Limit{}, outOfRange(FieldLimitHours, 0, 24)
	}
	return Minutes(h*60 + m), nil
}

// FixLimitBoxes is the obvious reading of boxes that break only the
// minutes rule: 90 minutes is 1 h 30. ok is false when there is none.
func FixLimitBoxes(hours, minutes string) (Limit, bool) {
	h, err1 := boxNumber(FieldLimitHours, strings.TrimSpace(hours), 24)
	m, err2 := strconv.Atoi(strings.TrimSpace(minutes))
	if err1 != nil || err2 != nil || m < 60 || h*60+m > MinutesPerDay {
		return Limit{}, false
	}
	return Minutes(h*60 + m), true
}

func boxNumber(field, s string, most int) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || strings.ContainsAny(s, "+-") {
		return 0, invalid(field, RuleFormat)
	}
	if n > most {
		return 0, outOfRange(field, 0, most)
	}
	return n, nil
}
