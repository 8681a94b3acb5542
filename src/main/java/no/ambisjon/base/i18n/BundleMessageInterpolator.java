package no.ambisjon.base.i18n;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Bean Validation messages ({@code {validation.required}}) come from the same nb/en bundles as every
 * other text, in the language of the form that shows them. Named in {@code META-INF/validation.xml}.
 */
public class BundleMessageInterpolator extends ResourceBundleMessageInterpolator {

    public BundleMessageInterpolator() {
        super(new PlatformResourceBundleLocator(Translations.BUNDLE));
    }
}
