using System.Device.Gpio;

namespace Callhome.Boards.NanoFramework
{
    /// <summary>The GPIO seam over one nanoFramework <see cref="GpioPin"/>. Pin numbers follow the target's scheme
    /// (ESP32: the GPIO number; STM32: port × 16 + pin, PA0 = 0, PB0 = 16, …).</summary>
    public sealed class NanoGpioPin : Hal.IGpioPin
    {
        private readonly GpioPin pin;

        public NanoGpioPin(GpioController controller, int pinNumber, Hal.PinMode mode)
        {
            pin = controller.OpenPin(pinNumber, ModeOf(mode));
        }

        public int PinNumber
        {
            get { return pin.PinNumber; }
        }

        public static PinMode ModeOf(Hal.PinMode mode)
        {
            switch (mode)
            {
                case Hal.PinMode.InputPullUp:
                    return PinMode.InputPullUp;
                case Hal.PinMode.InputPullDown:
                    return PinMode.InputPullDown;
                case Hal.PinMode.Output:
                    return PinMode.Output;
                default:
                    return PinMode.Input;
            }
        }

        public void SetMode(Hal.PinMode mode)
        {
            pin.SetPinMode(ModeOf(mode));
        }

        public bool Read()
        {
            return pin.Read() == PinValue.High;
        }

        public void Write(bool high)
        {
            pin.Write(high ? PinValue.High : PinValue.Low);
        }
    }
}
