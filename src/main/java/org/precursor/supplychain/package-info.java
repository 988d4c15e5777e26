/** The supply chain: links between actors and places, what moves along them, and the claims behind each link. */
package org.precursor.supplychain;
