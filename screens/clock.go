package screens

import "time"

// Now is the clock every screen reads; tests set it to pin a date.
var Now = time.Now
