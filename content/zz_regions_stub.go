package content

// TEMPORARY until the help catalogue lands; deleted on merge.

type Region string

const (
	RegionUK Region = "GB"
	RegionUS Region = "US"
	RegionAU Region = "AU"
	RegionIE Region = "IE"
	RegionCA Region = "CA"
	RegionNZ Region = "NZ"
)

var Regions = []Region{RegionUK, RegionUS, RegionAU, RegionIE, RegionCA, RegionNZ}

const DefaultRegion = RegionUK

func RegionKey(r Region) string { return "region." + string(r) }

func EmergencyNumber(r Region) string {
	return map[Region]string{RegionUK: "999", RegionUS: "911", RegionAU: "000", RegionIE: "112", RegionCA: "911", RegionNZ: "111"}[r]
}
