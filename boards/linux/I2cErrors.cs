using Callhome.Hal;

namespace Callhome.Boards.Linux
{
    /// <summary>
    /// What a failed Linux I2C transfer means for the driver. The i2c-dev ioctl fails with the bus driver's errno
    /// (Documentation/i2c/fault-codes.rst in the kernel): ENXIO / EREMOTEIO / ENODEV when the address or a data byte
    /// was not acknowledged — the chip is absent, busy or browned out — and EAGAIN (arbitration lost), ETIMEDOUT,
    /// EIO, EPROTO and the rest when the bus itself failed.
    /// </summary>
    public static class I2cErrors
    {
        public const int ENXIO = 6;
        public const int ENODEV = 19;
        public const int EREMOTEIO = 121;

        public static I2cStatus StatusOf(int errno)
        {
            return errno == ENXIO || errno == ENODEV || errno == EREMOTEIO ? I2cStatus.Nack : I2cStatus.BusError;
        }
    }
}
