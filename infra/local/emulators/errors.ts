/**
 * Errors thrown by the emulator launchers. Messages are bilingual (Vietnamese first) because they are
 * read by whoever runs `npm start` on their own machine, and they always say what to do next.
 */

/** A fixed port is already bound by another process. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';

  constructor(
    readonly port: number,
    readonly envVarName: string,
    options?: ErrorOptions,
  ) {
    const example = `${envVarName}=${port === 65535 ? port - 1 : port + 1}`;
    super(
      `Cổng ${port} đang được dùng — đặt ${envVarName} sang cổng khác (vd. ${example}) hoặc dừng tiến trình đang giữ cổng. / ` +
        `Port ${port} is already in use — set ${envVarName} to another port (e.g. ${example}) or stop the process holding it.`,
      options,
    );
  }
}

/** An emulator did not come up (crashed, timed out, or its runtime is missing). */
export class EmulatorStartError extends Error {
  override readonly name = 'EmulatorStartError';

  constructor(
    readonly emulator: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${emulator}: ${message}`, options);
  }
}
