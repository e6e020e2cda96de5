package org.thidua.local;

/** One service: module directory name, HTTP port, database. */
record ServiceSpec(String name, int port) {

    String database() {
        return "thidua_" + shortName().replace('-', '_');
    }

    String shortName() {
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }

    String defaultMainClass() {
        return "org.thidua." + shortName().replace("-", "") + ".Application";
    }
}
