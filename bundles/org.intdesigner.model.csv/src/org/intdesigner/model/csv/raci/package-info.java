/** The RACI matrix of a model: accountability items by parties, exported to CSV and Excel and imported from CSV. */
package org.intdesigner.model.csv.raci;
