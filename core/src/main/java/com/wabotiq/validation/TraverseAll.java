package com.wabotiq.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Every property is reachable and cascadable: the model is plain records, with no lazily loaded
 * persistence associations. Spares Hibernate Validator its probe for a JPA provider on the class
 * path.
 */
final class TraverseAll implements TraversableResolver {
  @Override
  public boolean isReachable(
      Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
    return true;
  }
}
