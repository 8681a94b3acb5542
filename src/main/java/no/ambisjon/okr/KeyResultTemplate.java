package no.ambisjon.okr;

/**
 * The guide's examples of key results per category. A template fills in category, measure and
 * direction; its title and unit come from the bundles ({@code template.NAME.title}, {@code .unit}).
 */
public enum KeyResultTemplate {
    TRAFFIC(Category.VOLUME, Measure.NUMBER),
    EMAIL_SUBSCRIBERS(Category.VOLUME, Measure.NUMBER),
    TRAFFIC_SHARE(Category.VOLUME, Measure.PERCENT),
    REVENUE(Category.MONEY, Measure.MONEY),
    LEADS(Category.MONEY, Measure.NUMBER),
    ROAS(Category.MONEY, Measure.NUMBER),
    ORDERS(Category.MONEY, Measure.NUMBER),
    REVIEWS(Category.QUALITY, Measure.NUMBER),
    EMAIL_OPEN_RATE(Category.QUALITY, Measure.PERCENT),
    AVERAGE_ORDER_VALUE(Category.QUALITY, Measure.MONEY);

    private final Category category;
    private final Measure measure;

    KeyResultTemplate(Category category, Measure measure) {
        this.category = category;
        this.measure = measure;
    }

    public Category category() {
        return category;
    }

    public Measure measure() {
        return measure;
    }

    public String titleKey() {
        return "template." + name() + ".title";
    }

    public String unitKey() {
        return "template." + name() + ".unit";
    }
}
