/** The actor network: who makes claims about whom, and who takes the same or the opposite side. */
package org.precursor.network;
