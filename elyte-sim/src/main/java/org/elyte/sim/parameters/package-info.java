/**
 * Parameter sets as data files keyed by PyBaMM-compatible names, each value with its unit (in the
 * name) and its source, validated into typed records ({@link org.elyte.sim.parameters.CellParameters})
 * and overridable by name ({@code --set "NAME=VALUE"}, with unit conversion). Bundled sets for the
 * seed cells: {@code hse40-lfp}, {@code hse20-lfp}, {@code pebax12-lfp}, {@code pebax12-ncm811},
 * {@code peo-lfp}; the file format is described on {@link org.elyte.sim.parameters.ParameterSet}.
 */
package org.elyte.sim.parameters;
