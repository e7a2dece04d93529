namespace Callhome.Hal
{
    /// <summary>
    /// One digital pin of the microcontroller (a relay driver, a door switch, a status LED). The board opens
    /// the pin; the agent only sets its mode and level.
    /// </summary>
    public interface IGpioPin
    {
        int PinNumber { get; }

        void SetMode(PinMode mode);

        /// <returns>true when the pin reads high.</returns>
        bool Read();

        void Write(bool high);
    }
}
