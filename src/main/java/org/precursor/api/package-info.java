/**
 * The API under {@code /api}: actors, articles, claims, outlets, propositions and supply-chain links as JSON, adding
 * an article with its claims with a bearer token, and the OpenAPI description of the open data.
 */
package org.precursor.api;
