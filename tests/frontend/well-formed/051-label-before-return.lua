do ::l:: return end
