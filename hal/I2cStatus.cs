namespace Callhome.Hal
{
    /// <summary>
    /// The outcome of one I2C transaction. A NACK is an ordinary answer on a shared bus (a chip absent, busy
    /// or browned out), so it is a value the driver turns into a sensor fault, never an exception.
    /// </summary>
    public enum I2cStatus
    {
        Ok = 0,

        /// <summary>The addressed device did not acknowledge its address or a data byte.</summary>
        Nack = 1,

        /// <summary>Arbitration lost, a stuck line or a timeout: the bus, not the device, failed.</summary>
        BusError = 2,
    }
}
