do goto a; ::a:: end
do goto a; ::a:: end
