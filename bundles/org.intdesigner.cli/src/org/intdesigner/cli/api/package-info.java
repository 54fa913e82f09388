/**
 * What a plug-in that adds a command to {@code ./intd} (the extension point {@code org.intdesigner.cli.commands})
 * may use, and what stays stable: the model argument every command takes ({@link org.intdesigner.cli.api.ModelInput}),
 * the workforce store options ({@link org.intdesigner.cli.api.WorkforceStoreOptions}, a picocli mixin), the exit codes
 * ({@link org.intdesigner.cli.api.ExitCodes}) and a way to run the command line in a test
 * ({@link org.intdesigner.cli.api.IntdCommandLine}). Everything else in the bundle is internal.
 */
package org.intdesigner.cli.api;
