package org.precursor.admin;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.precursor.support.DatabaseTest;
import org.precursor.web.StartUpLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The first admin account, made at start-up from the configuration or with a generated password. */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private StartUpLock lock;

	@Test
	void createsTheFirstAdminWithTheConfiguredUsernameAndPassword() {
		run(new AdminProperties("chief", "a-configured-password"));

		Account admin = accounts.named("chief").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.getPasswordHash()).startsWith("$2").doesNotContain("a-configured-password");
		assertThat(encoder.matches("a-configured-password", admin.getPasswordHash())).isTrue();
	}

	@Test
	void withoutAPasswordGeneratesAStrongOneAndLogsItOnce(CapturedOutput output) {
		run(new AdminProperties(null, null));

		Matcher logged = Pattern.compile("generated password: (\\S+)").matcher(output.getOut());
		assertThat(logged.find()).as("the generated password is in the log").isTrue();
		String password = logged.group(1);
		assertThat(password).hasSize(24);
		Account admin = accounts.named(AdminProperties.DEFAULT_USERNAME).orElseThrow();
		assertThat(encoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(logged.find()).as("logged only once").isFalse();
	}

	@Test
	void generatesADifferentPasswordEachTime() {
		assertThat(Passwords.generate()).isNotEqualTo(Passwords.generate());
	}

	@Test
	void leavesAnExistingAdminAlone(CapturedOutput output) {
		run(new AdminProperties("chief", "a-configured-password"));
		String hash = accounts.named("chief").orElseThrow().getPasswordHash();

		run(new AdminProperties("chief", "another-password-here"));
		run(new AdminProperties(null, null));

		assertThat(accounts.count()).isEqualTo(1);
		assertThat(accounts.named("chief").orElseThrow().getPasswordHash()).isEqualTo(hash);
		assertThat(output.getOut()).doesNotContain("generated password");
	}

	@Test
	void refusesToStartWithAWeakConfiguredPassword() {
		assertThatIllegalStateException().isThrownBy(() -> run(new AdminProperties("chief", "admin")))
			.withMessageContaining("PRECURSOR_ADMIN_PASSWORD is not accepted: Use at least 12 characters.");
		assertThat(accounts.count()).isZero();
	}

	@Test
	void refusesToStartWithAConfiguredPasswordLongerThan72Bytes() {
		assertThatIllegalStateException().isThrownBy(() -> run(new AdminProperties("chief", "\u4e2d".repeat(40))))
			.withMessageContaining("it takes 120 bytes and at most 72 fit");
		assertThat(accounts.count()).isZero();
	}

	@Test
	void storesTheFirstAdminsUsernameInItsNormalForm() {
		run(new AdminProperties("Chief", "a-configured-password"));

		assertThat(accounts.findByUsername("chief")).isPresent();
		assertThat(accounts.named("\uff23\uff48\uff49\uff45\uff46")).isPresent();
	}

	private void run(AdminProperties properties) {
		new FirstAdmin(accounts, encoder, properties, Clock.systemUTC(), lock).afterSingletonsInstantiated();
	}

}
