package vn.parindex.system;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In-process caches, named where they are used, only of what never changes once written, so that
 * several instances never disagree: criteria sets (a new version of a set is a new set; a set is
 * never updated; every page that scores an assessment needed its set, three queries and the parsing
 * of every criterion), and scored trees by assessment and row version.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class Caches {

  @Bean
  CacheManager cacheManager() {
    ConcurrentMapCacheManager caches = new ConcurrentMapCacheManager();
    caches.setAllowNullValues(false);
    return caches;
  }
}
