local a <const>, b <close>, c = 1, nil
