package no.ambisjon.mail.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.mail.MailKind;
import no.ambisjon.mail.MailStatus;

/**
 * One mail in the outbox, as it was written: it never changes but for where it is. The secret token
 * of a one-time link (to set a password, or to sign in) is kept apart from its text, which holds {@link #LINK_TOKEN} in its
 * place, and is filled in only for sending: once the mail is sent, or given up, the token is gone.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends AbstractEntity {

    /** Tries before a mail the server keeps refusing is given up; the waits between them grow. */
    public static final int MAX_ATTEMPTS = 5;

    /** Where a mail's text holds the token of its link ({@code V14__password_link_tokens_kept_apart.sql}). */
    public static final String LINK_TOKEN = "{{link-token}}";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "recipient_name", nullable = false, updatable = false)
    private String recipientName;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

    @Column(name = "attachment_name", updatable = false)
    private String attachmentName;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] attachment;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String error;

    @Column(name = "link_token")
    private String linkToken;

    protected OutgoingMail() {
    }

    /**
     * @param linkToken the token the bodies leave out, at {@link #LINK_TOKEN}; or {@code null}
     */
    public OutgoingMail(MailKind kind, MailStatus status, long recipientId, String recipient, String recipientName,
                        Long customerId, Language language, String subject, String textBody, String htmlBody,
                        String linkToken, String attachmentName, byte[] attachment) {
        if (linkToken != null && (linkToken.isBlank() || textBody.contains(linkToken) || htmlBody.contains(linkToken)
                || !textBody.contains(LINK_TOKEN) || !htmlBody.contains(LINK_TOKEN))) {
            throw new IllegalArgumentException("A mail's link token is kept apart from its text, which marks its place");
        }
        this.kind = Objects.requireNonNull(kind);
        this.status = Objects.requireNonNull(status);
        this.recipientId = recipientId;
        this.recipient = Objects.requireNonNull(recipient);
        this.recipientName = Objects.requireNonNull(recipientName);
        this.customerId = customerId;
        this.language = Objects.requireNonNull(language);
        this.subject = Objects.requireNonNull(subject);
        this.textBody = Objects.requireNonNull(textBody);
        this.htmlBody = Objects.requireNonNull(htmlBody);
        this.linkToken = linkToken;
        this.attachmentName = attachmentName;
        this.attachment = attachment;
    }

    public void sent(Instant at) {
        status = MailStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        error = null;
        linkToken = null;
    }

    /** The server refused it: tried again later, after 1, 4, 16 and 64 minutes, then given up. */
    public void refused(Instant at, String why) {
        attempts++;
        error = why == null ? "" : why.length() > 500 ? why.substring(0, 499) + "…" : why;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
            linkToken = null;
        } else {
            nextAttemptAt = at.plus(Duration.ofMinutes(1L << (2 * (attempts - 1))));
        }
    }

    public MailKind getKind() {
        return kind;
    }

    public MailStatus getStatus() {
        return status;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    /** The text as stored: without the token of its link, if it has one. */
    public String getTextBody() {
        return textBody;
    }

    /** The HTML as stored: without the token of its link, if it has one. */
    public String getHtmlBody() {
        return htmlBody;
    }

    /** The token of its link until the mail is sent or given up, else {@code null}. */
    public String getLinkToken() {
        return linkToken;
    }

    /** The text as it goes to the recipient, with the token of its link. */
    public String textToSend() {
        return withToken(textBody);
    }

    /** The HTML as it goes to the recipient, with the token of its link. */
    public String htmlToSend() {
        return withToken(htmlBody);
    }

    private String withToken(String body) {
        return linkToken == null ? body : body.replace(LINK_TOKEN, linkToken);
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public byte[] getAttachment() {
        return attachment;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getError() {
        return error;
    }
}
