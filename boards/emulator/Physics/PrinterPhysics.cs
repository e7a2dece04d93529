using System;
using Callhome.Boards.Emulator.Chips;
using Callhome.Hal.Drivers.PrinterEngine;

namespace Callhome.Boards.Emulator.Physics
{
    /// <summary>
    /// A print engine over emulated time: a queued job warms the fuser for <see cref="WarmUpMilliseconds"/>,
    /// then prints <see cref="PagesPerMinute"/>; every page counts and uses toner (black more than colour).
    /// Toner below <see cref="TonerLowPercent"/> latches TonerLow, at 0 TonerEmpty. A jam or an open door stops
    /// the engine in Error until <see cref="ClearJam"/> / <see cref="CloseDoor"/>.
    /// </summary>
    public sealed class PrinterPhysics
    {
        private readonly SimulatedPrinterEngine engine;
        private readonly int[] tonerMillipercent = { 100000, 100000, 100000, 100000 };
        private long pagesQueued;
        private long warmUpLeft;
        private double pageProgress;
        private bool jammed;
        private bool doorOpen;

        public PrinterPhysics(SimulatedPrinterEngine engine)
        {
            this.engine = engine ?? throw new ArgumentNullException(nameof(engine));
            Publish();
        }

        public int PagesPerMinute { get; set; } = 30;

        public int WarmUpMilliseconds { get; set; } = 5000;

        /// <summary>Toner per page in thousandths of a percent: black, cyan, magenta, yellow.</summary>
        public int[] TonerPerPageMillipercent { get; } = { 50, 20, 20, 20 };

        public int TonerLowPercent { get; set; } = 10;

        public long PagesQueued => pagesQueued;

        public int TonerMillipercent(int supply) => tonerMillipercent[supply];

        public void SetToner(int supply, int percent)
        {
            tonerMillipercent[supply] = percent * 1000;
            Publish();
        }

        public void Print(int pages)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(pages);
            if (pagesQueued == 0)
            {
                warmUpLeft = WarmUpMilliseconds;
            }

            pagesQueued += pages;
        }

        public void Jam()
        {
            jammed = true;
            engine.Raise(PrinterAlerts.PaperJam);
            Publish();
        }

        public void ClearJam()
        {
            jammed = false;
            Publish();
        }

        public void OpenDoor()
        {
            doorOpen = true;
            engine.Raise(PrinterAlerts.DoorOpen);
            Publish();
        }

        public void CloseDoor()
        {
            doorOpen = false;
            Publish();
        }

        public void PaperOut()
        {
            engine.Raise(PrinterAlerts.PaperOut);
        }

        public void Step(long milliseconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
            if (!jammed && !doorOpen && pagesQueued > 0)
            {
                long warming = Math.Min(warmUpLeft, milliseconds);
                warmUpLeft -= warming;
                pageProgress += (milliseconds - warming) * PagesPerMinute / 60000.0;
                while (pageProgress >= 1 && pagesQueued > 0)
                {
                    pageProgress -= 1;
                    PrintOnePage();
                }

                if (pagesQueued == 0)
                {
                    pageProgress = 0;
                }
            }

            Publish();
        }

        private void PrintOnePage()
        {
            pagesQueued--;
            engine.PageCount++;
            for (int i = 0; i < tonerMillipercent.Length; i++)
            {
                tonerMillipercent[i] = Math.Max(0, tonerMillipercent[i] - TonerPerPageMillipercent[i]);
                if (tonerMillipercent[i] == 0)
                {
                    engine.Raise(PrinterAlerts.TonerEmpty);
                }
                else if (tonerMillipercent[i] < TonerLowPercent * 1000)
                {
                    engine.Raise(PrinterAlerts.TonerLow);
                }
            }
        }

        private void Publish()
        {
            engine.State = jammed || doorOpen ? (int)EngineState.Error
                : pagesQueued == 0 ? (int)EngineState.Idle
                : warmUpLeft > 0 ? (int)EngineState.WarmingUp
                : (int)EngineState.Printing;
            for (int i = 0; i < tonerMillipercent.Length; i++)
            {
                // Round up so a supply shows 0 % only when it is really empty.
                engine.SetSupply(i, (tonerMillipercent[i] + 999) / 1000);
            }
        }
    }
}
