// findcontrol finds one of the app's controls in a capture (a PNG) by its
// colours, for scripts/windows-smoke, which cannot ask the program where
// its buttons are: go run ./scripts/findcontrol SHOT.png KIND [X0 Y0 X1 Y1]
// prints the control's centre as "X Y" (within the rectangle when one is
// given) and exits 1 when it is not there. Kinds:
//
//	exit     Quick exit's red
//	primary  the blue of the main button (Get help now, a dialog's Save)
//	pdf      the right one of two grey buttons side by side at the top
//	         right (Print, Save as PDF beside a screen's heading)
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"strconv"
)

// enough pixels of a colour to be a button, not an icon's edge
const enough = 200

func main() {
	if len(os.Args) != 3 && len(os.Args) != 7 {
		fmt.Fprintln(os.Stderr, "usage: findcontrol SHOT.png exit|primary|pdf [X0 Y0 X1 Y1]")
		os.Exit(2)
	}
	img, err := load(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "findcontrol:", err)
		os.Exit(2)
	}
	area := img.Bounds()
	if len(os.Args) == 7 {
		area = area.Intersect(rect(os.Args[3:]))
	}
	p, ok := find(img, os.Args[2], area)
	if !ok {
		fmt.Fprintf(os.Stderr, "findcontrol: no %s control in %s\n", os.Args[2], os.Args[1])
		os.Exit(1)
	}
	fmt.Println(p.X, p.Y)
}

func load(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	return png.Decode(f)
}

func rect(s []string) image.Rectangle {
	n := make([]int, 4)
	for i := range n {
		n[i], _ = strconv.Atoi(s[i])
	}
	return image.Rect(n[0], n[1], n[2], n[3])
}

func find(img image.Image, kind string, area image.Rectangle) (image.Point, bool) {
	switch kind {
	case "exit":
		return blob(img, isExitRed, area)
	case "primary":
		return blob(img, isPrimaryBlue, area)
	case "pdf":
		return rightOfPair(img, area)
	}
	return image.Point{}, false
}

func rgb(c color.Color) (r, g, b int) {
	r16, g16, b16, _ := c.RGBA()
	return int(r16 >> 8), int(g16 >> 8), int(b16 >> 8)
}

// isExitRed is Quick exit's danger colour (not shaded by a dialog).
func isExitRed(c color.Color) bool {
	r, g, b := rgb(c)
	return r > 200 && g < 110 && b < 110
}

// isPrimaryBlue is the theme's primary colour (not shaded).
func isPrimaryBlue(c color.Color) bool {
	r, g, b := rgb(c)
	return b > 200 && r < 90 && g > 70 && g < 170
}

// isButtonGrey is a plain button's background on the light theme.
func isButtonGrey(c color.Color) bool {
	r, g, b := rgb(c)
	return r == g && g == b && r >= 242 && r <= 248
}

// blob is the centre of the box the matching pixels in area fill.
func blob(img image.Image, match func(color.Color) bool, area image.Rectangle) (image.Point, bool) {
	box, n := image.Rectangle{}, 0
	for y := area.Min.Y; y < area.Max.Y; y++ {
		for x := area.Min.X; x < area.Max.X; x++ {
			if match(img.At(x, y)) {
				box = box.Union(image.Rect(x, y, x+1, y+1))
				n++
			}
		}
	}
	return image.Pt((box.Min.X+box.Max.X)/2, (box.Min.Y+box.Max.Y)/2), n >= enough
}

// rightOfPair looks, in the top right quarter of area, for the rows where
// exactly two long grey runs lie side by side, the right one ending near
// the right edge (a button's padding above and below its words), and is
// the middle of the right run over those rows.
func rightOfPair(img image.Image, area image.Rectangle) (image.Point, bool) {
	top := image.Rect(area.Min.X+area.Dx()/2, area.Min.Y, area.Max.X, area.Min.Y+area.Dy()/2)
	var rows, xs []int
	for y := top.Min.Y; y < top.Max.Y; y++ {
		runs := greyRuns(img, y, top.Min.X, top.Max.X)
		if len(runs) == 2 && runs[1][1] > top.Max.X-30 {
			rows = append(rows, y)
			xs = append(xs, (runs[1][0]+runs[1][1])/2)
		}
	}
	if len(rows) < 4 {
		return image.Point{}, false
	}
	return image.Pt(xs[len(xs)/2], (rows[0]+rows[len(rows)-1])/2), true
}

// greyRuns are the runs of button grey at least 40 px long in row y.
func greyRuns(img image.Image, y, x0, x1 int) [][2]int {
	var runs [][2]int
	start := -1
	for x := x0; x <= x1; x++ {
		grey := x < x1 && isButtonGrey(img.At(x, y))
		switch {
		case grey && start < 0:
			start = x
		case !grey && start >= 0:
			if x-start >= 40 {
				runs = append(runs, [2]int{start, x})
			}
			start = -1
		}
	}
	return runs
}
