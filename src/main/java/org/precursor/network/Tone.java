package org.precursor.network;

/** How claims by one actor treat another: they accuse it, defend it, both, or only mention it. */
public enum Tone {

	ACCUSES("Accuses"), DEFENDS("Defends"), MIXED("Accuses and defends"), MENTIONS("Mentions");

	private final String label;

	Tone(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	static Tone of(long accusing, long defending) {
		if (accusing > 0 && defending > 0) {
			return accusing > defending ? ACCUSES : defending > accusing ? DEFENDS : MIXED;
		}
		return accusing > 0 ? ACCUSES : defending > 0 ? DEFENDS : MENTIONS;
	}

}
