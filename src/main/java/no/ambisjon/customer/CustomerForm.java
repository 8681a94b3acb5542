package no.ambisjon.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** What an administrator fills in for a customer: its names, its address and its consultants. */
public class CustomerForm implements Serializable {

    /** What a customer's address (its slug) may be: lower-case letters and digits, words joined by hyphens. */
    static final String SLUG = "([a-z0-9]+(-[a-z0-9]+)*)?";
    static final int SLUG_LENGTH = 100;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = SLUG_LENGTH, message = "{validation.too-long}")
    @Pattern(regexp = SLUG, message = "{validation.slug}")
    private String slug = "";

    /** Other names the customer goes by, separated by commas. */
    @Size(max = 100, message = "{validation.too-long}")
    private String shortNames = "";

    private Set<Long> consultantIds = new LinkedHashSet<>();

    public static CustomerForm of(CustomerRow row) {
        var form = new CustomerForm();
        form.setName(row.name());
        form.setSlug(row.slug());
        form.setShortNames(String.join(", ", row.shortNames()));
        form.setConsultantIds(row.consultantIds());
        return form;
    }

    /** The short names one by one, without blanks or repeats. */
    public Set<String> shortNameSet() {
        var names = new LinkedHashSet<String>();
        Arrays.stream(shortNames.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
        return names;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getShortNames() {
        return shortNames;
    }

    public void setShortNames(String shortNames) {
        this.shortNames = shortNames == null ? "" : shortNames;
    }

    public Set<Long> getConsultantIds() {
        return consultantIds;
    }

    public void setConsultantIds(Set<Long> consultantIds) {
        this.consultantIds = consultantIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(consultantIds);
    }
}
