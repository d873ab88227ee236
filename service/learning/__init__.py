"""Learning the matcher's feature weights from staff decisions: weight sets, training runs, roll-back."""
