package no.ambisjon.okr;

public enum Measure {
    NUMBER, PERCENT, MONEY, YES_NO
}
