#!/bin/sh
# Draws the 16x16 model icons of org.intdesigner.model.edit (icons/full/obj16/*.gif) with ImageMagick.
# EMF's generator only writes placeholder icons when none exist, so these survive regeneration.
# Colours by family: geography green, organisations blue, roles and posts orange, teams purple,
# accountability red, boundaries and arrangements grey, skills gold, planning teal.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/bundles/org.intdesigner.model.edit/icons/full/obj16"
mkdir -p "$OUT"
icon() { name=$1; shift; convert -size 16x16 xc:none "$@" "GIF:$OUT/$name.gif"; }

GREEN='#2e7d32'; BLUE='#1565c0'; ORANGE='#ef6c00'; PURPLE='#6a1b9a'; RED='#c62828'; GREY='#546e7a'; GOLD='#f9a825'; TEAL='#00796b'

icon IntdModel -fill "$BLUE" -draw 'roundrectangle 1,1 14,14 3,3' -fill white -draw 'rectangle 4,4 11,5' -draw 'rectangle 4,7 11,8' -draw 'rectangle 4,10 9,11'
icon Area -fill "$GREEN" -draw 'circle 7.5,7.5 7.5,1' -stroke white -fill none -draw 'line 1,7.5 14,7.5' -draw 'ellipse 7.5,7.5 3,6.5 0,360'
icon PopulationCohort -fill "$GREEN" -draw 'circle 4,5 4,3' -draw 'circle 11,5 11,3' -draw 'circle 7.5,9 7.5,7' -draw 'rectangle 1,11 7,14' -draw 'rectangle 8,11 14,14' -draw 'rectangle 4,13 11,15'
icon Need -fill "$GREEN" -draw 'polygon 7.5,1 14,13 1,13' -fill white -draw 'rectangle 7,5 8,9' -draw 'rectangle 7,11 8,11'
icon Organisation -fill "$BLUE" -draw 'rectangle 2,2 13,14' -fill white -draw 'rectangle 4,4 5,5' -draw 'rectangle 7,4 8,5' -draw 'rectangle 10,4 11,5' -draw 'rectangle 4,7 5,8' -draw 'rectangle 7,7 8,8' -draw 'rectangle 10,7 11,8' -draw 'rectangle 6,11 9,14'
icon TermsAndConditions -fill white -stroke "$BLUE" -draw 'rectangle 3,1 12,14' -stroke none -fill "$BLUE" -draw 'rectangle 5,4 10,4' -draw 'rectangle 5,7 10,7' -draw 'rectangle 5,10 8,10'
icon Capability -fill "$GOLD" -stroke '#8d6e00' -draw 'polygon 7.5,1 9.5,5.5 14,6 10.5,9 11.5,14 7.5,11.5 3.5,14 4.5,9 1,6 5.5,5.5'
icon CapabilityLevel -fill "$GOLD" -stroke '#8d6e00' -draw 'polygon 6,1 7.5,4.5 11,5 8.5,7.5 9,11 6,9 3,11 3.5,7.5 1,5 4.5,4.5' -stroke none -fill '#8d6e00' -draw 'rectangle 11,10 12,14' -draw 'rectangle 13,7 14,14'
icon Role -fill none -stroke "$ORANGE" -strokewidth 1.5 -draw 'circle 7.5,4.5 7.5,2' -draw 'arc 2,9 13,20 180,360'
icon Post -fill "$ORANGE" -draw 'circle 7.5,4.5 7.5,1.5' -draw 'ellipse 7.5,14 5.5,5 180,360'
icon Allocation -fill "$ORANGE" -draw 'polygon 1,6 9,6 9,3 14,7.5 9,12 9,9 1,9'
icon Team -fill "$PURPLE" -draw 'circle 5,4.5 5,2' -draw 'circle 11,4.5 11,2' -draw 'ellipse 5,13 3.8,4.5 180,360' -draw 'ellipse 11,13 3.8,4.5 180,360'
icon Interaction -stroke "$PURPLE" -strokewidth 2 -draw 'line 3,7.5 12,7.5' -stroke none -fill "$PURPLE" -draw 'polygon 0,7.5 4,4 4,11' -draw 'polygon 15,7.5 11,4 11,11'
icon Boundary -fill none -stroke "$GREY" -strokewidth 1 -draw 'stroke-dasharray 2 2 rectangle 1,1 14,14' -fill "$GREY" -stroke none -draw 'rectangle 5,5 10,10'
icon Arrangement -fill none -stroke "$GREY" -strokewidth 2 -draw 'roundrectangle 1,5 9,11 3,3' -draw 'roundrectangle 6,5 14,11 3,3'
icon AccountabilityItem -fill white -stroke "$RED" -draw 'rectangle 2,2 13,14' -stroke none -fill "$RED" -draw 'rectangle 5,0 10,3' -draw 'rectangle 4,6 11,7' -draw 'rectangle 4,9 11,10' -draw 'rectangle 4,12 8,12'
icon RaciAssignment -fill "$RED" -draw 'polygon 1,4 10,4 14,7.5 10,11 1,11' -fill white -draw 'circle 10,7.5 10,6.5'
icon Suppression -fill "$GREY" -draw 'polygon 7.5,1 14,3.5 13,10 7.5,14.5 2,10 1,3.5' -stroke white -strokewidth 1.5 -draw 'line 4.5,7.5 10.5,7.5'
icon Property -fill "$GREY" -draw 'circle 5,7.5 5,3' -draw 'rectangle 7,7 14,8' -draw 'rectangle 12,8 13,11' -fill white -draw 'circle 4.5,7.5 4.5,6.5'
# planning: a study (a clipboard with bars), its activities (a clock), allowances (a pie), supply (a rising line)
icon WisnStudy -fill white -stroke "$TEAL" -draw 'rectangle 2,2 13,14' -stroke none -fill "$TEAL" -draw 'rectangle 5,0 10,3' -draw 'rectangle 4,10 5,12' -draw 'rectangle 7,7 8,12' -draw 'rectangle 10,5 11,12'
icon ServiceActivity -fill none -stroke "$TEAL" -strokewidth 1.5 -draw 'circle 7.5,7.5 7.5,1.5' -draw 'line 7.5,7.5 7.5,3.5' -draw 'line 7.5,7.5 10.5,9'
icon CategoryAllowance -fill "$TEAL" -draw 'circle 7.5,7.5 7.5,1' -fill white -draw 'polygon 7.5,7.5 7.5,1 13.5,5'
icon IndividualAllowance -fill "$TEAL" -draw 'circle 7.5,4.5 7.5,1.5' -draw 'ellipse 7.5,14 5.5,5 180,360' -fill white -draw 'rectangle 10,1 14,5' -fill "$TEAL" -draw 'rectangle 11,2 13,4'
icon SupplyAssumption -stroke "$TEAL" -strokewidth 2 -fill none -draw 'polyline 1,13 5,9 8,11 14,3' -stroke none -fill "$TEAL" -draw 'polygon 10,3 14,3 14,7'
icon Folder -fill '#ffca28' -stroke '#a07800' -draw 'polygon 1,3 6,3 7,5 14,5 14,13 1,13'
# the RACI matrix editor's icon (org.intdesigner.ui): a grid with two filled cells
convert -size 16x16 xc:none -fill white -stroke "$RED" -draw 'rectangle 0,1 15,14' -draw 'line 0,5 15,5' -draw 'line 5,1 5,14' \
  -draw 'line 10,1 10,14' -draw 'line 0,9 15,9' -stroke none -fill "$RED" -draw 'rectangle 6,6 9,8' -draw 'rectangle 11,10 14,13' \
  "PNG32:$ROOT/bundles/org.intdesigner.ui/icons/raci16.png"
echo "icons written to $OUT"
