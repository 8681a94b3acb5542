package no.ambisjon.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import no.ambisjon.IntegrationTest;
import no.ambisjon.base.ConcurrentEditException;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.junit.jupiter.api.Test;

/**
 * Every application service answers a lost race with the same conflict, including one found only
 * while committing: the translation wraps every service, outside its transaction.
 */
@IntegrationTest
class ConflictTranslationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("conflictsBecomeConcurrentEdits")
    Advisor translation;

    /** Something that saves, as a service does. */
    interface Saving {
        void save();
    }

    private Saving failingWith(RuntimeException failure) {
        var proxy = new ProxyFactory((Saving) () -> {
            throw failure;
        });
        proxy.addAdvice(translation.getAdvice());
        return (Saving) proxy.getProxy();
    }

    @Test
    void a_stale_version_or_a_lock_held_by_someone_else_becomes_a_conflict() {
        for (var failure : List.of(new ObjectOptimisticLockingFailureException("Customer", 1L),
                new OptimisticLockException("stale"), new PessimisticLockingFailureException("held"))) {
            assertThatThrownBy(failingWith(failure)::save).as(failure.getClass().getSimpleName())
                    .isInstanceOf(ConcurrentEditException.class).hasCause(failure);
        }
        var other = new IllegalArgumentException("not a conflict");
        assertThatThrownBy(failingWith(other)::save).isSameAs(other);
    }

    @Test
    void every_service_is_wrapped_outside_its_transaction() {
        var services = context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("no.ambisjon")).toList();
        assertThat(services).hasSizeGreaterThan(10);
        for (var service : services) {
            assertThat(service).as(AopUtils.getTargetClass(service).getSimpleName()).isInstanceOf(Advised.class);
            var advisors = List.of(((Advised) service).getAdvisors());
            var translating = advisors.indexOf(translation);
            var transactional = advisors.stream().map(Advisor::getAdvice).toList()
                    .indexOf(advisors.stream().map(Advisor::getAdvice).filter(TransactionInterceptor.class::isInstance)
                            .findFirst().orElseThrow());
            assertThat(translating).as(AopUtils.getTargetClass(service).getSimpleName()).isNotNegative()
                    .isLessThan(transactional);
        }
    }
}
