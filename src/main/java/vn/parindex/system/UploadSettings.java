package vn.parindex.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many uploads (imports of score tables, criteria sets, results; evidence files) are taken at
 * once: per signed-in user and over the whole instance. An upload beyond the overall bound waits up
 * to {@code queueWait} for a slot, then is refused with {@code retryAfter}.
 */
@ConfigurationProperties("parindex.uploads")
record UploadSettings(
    @DefaultValue("2") int perUser,
    @DefaultValue("4") int overall,
    @DefaultValue("2s") Duration queueWait,
    @DefaultValue("10s") Duration retryAfter) {}
