package no.ambisjon.okr;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import no.ambisjon.security.Owner;

/** What a user types for a key result; validated in the editor and again in the service. */
public class KeyResultForm implements Serializable {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String title = "";

    @NotNull(message = "{validation.required}")
    private Category category = Category.VOLUME;

    @NotNull(message = "{validation.required}")
    private Measure measure = Measure.NUMBER;

    @NotNull(message = "{validation.required}")
    private BigDecimal startValue = BigDecimal.ZERO;

    @NotNull(message = "{validation.required}")
    private BigDecimal targetValue;

    @Size(max = 40, message = "{validation.too-long}")
    private String unit = "";

    @NotNull(message = "{validation.required}")
    private Direction direction = Direction.UP;

    /** A person who may see the customer, or the name that matched nobody when owners became people. */
    private Owner owner;

    /** A form for the key result a guide template describes, with its title and unit already translated. */
    public static KeyResultForm from(KeyResultTemplate template, String title, String unit) {
        var form = new KeyResultForm();
        form.setTitle(title);
        form.setCategory(template.category());
        form.setMeasure(template.measure());
        form.setUnit(unit);
        return form;
    }

    /** Yes/no key results go from 0 (no) to 1 (yes). */
    @AssertTrue(message = "{validation.yes-no-values}")
    public boolean isYesNoFromZeroToOne() {
        return measure != Measure.YES_NO || startValue == null || targetValue == null
                || (startValue.signum() == 0 && targetValue.compareTo(BigDecimal.ONE) == 0);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public BigDecimal getStartValue() {
        return startValue;
    }

    public void setStartValue(BigDecimal startValue) {
        this.startValue = startValue;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Owner getOwner() {
        return owner;
    }

    public void setOwner(Owner owner) {
        this.owner = owner;
    }
}
