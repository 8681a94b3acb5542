/** Small components the screens of every module share: empty states, form dialogs, rows updated in place. */
@NamedInterface("ui")
package no.ambisjon.base.ui;

import org.springframework.modulith.NamedInterface;
