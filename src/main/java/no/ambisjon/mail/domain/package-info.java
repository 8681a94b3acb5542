/** The outbox's rows and the record of scheduled runs. */
package no.ambisjon.mail.domain;
