package jp.jobcoach.workbench;

import java.nio.file.Paths;

/** --port, --bind, --data, --reset, --no-mail-server, --db-url, --db-user, --db-password. */
final class CommandLine {
    private CommandLine() {
    }

    static WorkbenchConfig parse(String[] args) {
        WorkbenchConfig config = new WorkbenchConfig();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--reset")) {
                config.reset = true;
                continue;
            }
            if (option.equals("--no-mail-server")) {
                config.mailServer = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new BadArguments("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> config.port = port(value);
                case "--bind" -> config.bind = value;
                case "--data" -> config.dataDir = Paths.get(value);
                case "--db-url" -> config.dbUrl = value;
                case "--db-user" -> config.dbUser = value;
                case "--db-password" -> config.dbPassword = value;
                default -> throw new BadArguments("unknown option " + option
                        + " (known: --port N --bind ADDR --data DIR --reset --no-mail-server --db-url URL --db-user U --db-password P)");
            }
        }
        return config;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadArguments("--port needs a number, not " + value);
        }
    }

    static final class BadArguments extends RuntimeException {
        BadArguments(String message) {
            super(message);
        }
    }
}
