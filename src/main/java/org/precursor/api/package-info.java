/** The read API under {@code /api}: actors, articles, claims, outlets, propositions and supply-chain links as JSON. */
package org.precursor.api;
