package no.ambisjon.okr;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new value for a key result, with how confident the team is and why. */
public class CheckInForm implements Serializable {

    @NotNull(message = "{validation.required}")
    private BigDecimal value;

    @NotNull(message = "{validation.required}")
    private Confidence confidence = Confidence.ON_TRACK;

    @Size(max = 1000, message = "{validation.too-long}")
    private String comment = "";

    /** The day it counts on; none: today, or the last day of a quarter that is over. */
    private LocalDate day;

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
