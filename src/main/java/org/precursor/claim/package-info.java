/** Claims: what an actor asserted, quoted from one article, and the stances it takes. */
package org.precursor.claim;
