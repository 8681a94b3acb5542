package no.ambisjon.customer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import no.ambisjon.base.domain.AbstractEntity;

/** A customer of the agency: the tenant that owns its OKRs, meetings and logins. */
@Entity
@Table(name = "customer")
public class Customer extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @ElementCollection
    @CollectionTable(name = "customer_short_name", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "short_name", nullable = false)
    private Set<String> shortNames = new LinkedHashSet<>();

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private boolean active = true;

    protected Customer() {
    }

    public Customer(String name, String slug, Set<String> shortNames) {
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.shortNames.addAll(shortNames);
    }

    public String getName() {
        return name;
    }

    public Set<String> getShortNames() {
        return Set.copyOf(shortNames);
    }

    public String getSlug() {
        return slug;
    }

    public boolean isActive() {
        return active;
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public void changeSlug(String slug) {
        this.slug = Objects.requireNonNull(slug);
    }

    public void replaceShortNames(Set<String> shortNames) {
        this.shortNames.clear();
        this.shortNames.addAll(shortNames);
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
