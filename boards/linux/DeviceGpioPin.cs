using System;
using System.Device.Gpio;

namespace Callhome.Boards.Linux
{
    /// <summary>
    /// The GPIO seam over System.Device.Gpio: one pin of a <see cref="GpioController"/> (on Linux the GPIO
    /// character device, /dev/gpiochipN, numbered by the controller's scheme). The controller is shared by the
    /// board's pins and owned by the board.
    /// </summary>
    public sealed class DeviceGpioPin : Hal.IGpioPin, IDisposable
    {
        private readonly GpioController controller;

        public DeviceGpioPin(GpioController controller, int pinNumber, Hal.PinMode mode)
        {
            this.controller = controller ?? throw new ArgumentNullException(nameof(controller));
            PinNumber = pinNumber;
            controller.OpenPin(pinNumber, ModeOf(mode));
        }

        public int PinNumber { get; }

        public static PinMode ModeOf(Hal.PinMode mode) => mode switch
        {
            Hal.PinMode.Input => PinMode.Input,
            Hal.PinMode.InputPullUp => PinMode.InputPullUp,
            Hal.PinMode.InputPullDown => PinMode.InputPullDown,
            Hal.PinMode.Output => PinMode.Output,
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };

        public void SetMode(Hal.PinMode mode)
        {
            controller.SetPinMode(PinNumber, ModeOf(mode));
        }

        public bool Read()
        {
            return controller.Read(PinNumber) == PinValue.High;
        }

        public void Write(bool high)
        {
            controller.Write(PinNumber, high ? PinValue.High : PinValue.Low);
        }

        public void Dispose()
        {
            if (controller.IsPinOpen(PinNumber))
            {
                controller.ClosePin(PinNumber);
            }
        }
    }
}
