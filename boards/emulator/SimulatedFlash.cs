using System;
using Callhome.Hal;

namespace Callhome.Boards.Emulator
{
    /// <summary>
    /// NOR flash in memory. Erase sets a page to FFh; program stores old AND new (bits only go 1 → 0), or, with
    /// <see cref="RequireErasedBeforeProgram"/>, refuses to program a byte that is not erased (as flash with ECC
    /// does) so a store that forgets to erase fails loudly.
    /// Power cuts: <see cref="CutPowerAfter"/> gives a budget of byte operations, each erased or programmed byte
    /// costing one. An erase clears bytes in address order, a program writes them in order; when the budget
    /// runs out the operation stops there and throws <see cref="PowerLossException"/>, leaving the flash
    /// exactly as it was at that byte. Real parts can also leave a byte half-programmed or an erase with
    /// random bits; this model is byte-atomic, which is what the store's CRC is there to catch either way.
    /// </summary>
    public sealed class SimulatedFlash : IFlash
    {
        private readonly byte[] cells;
        private readonly int[] erasesPerPage;
        private long budget = -1;

        public SimulatedFlash(int pageSize, int pageCount)
        {
            if (pageSize < 1 || pageCount < 1)
            {
                throw new ArgumentOutOfRangeException(pageSize < 1 ? nameof(pageSize) : nameof(pageCount));
            }

            PageSize = pageSize;
            PageCount = pageCount;
            cells = new byte[pageSize * pageCount];
            erasesPerPage = new int[pageCount];
            cells.AsSpan().Fill(0xFF);
        }

        public int PageSize { get; }

        public int PageCount { get; }

        public bool RequireErasedBeforeProgram { get; set; }

        /// <summary>Byte operations (erased + programmed) since construction; sizes the exhaustive power-cut loop.</summary>
        public long Operations { get; private set; }

        public int EraseCount { get; private set; }

        public bool PowerFailed { get; private set; }

        /// <summary>Erases begun on one page: the wear that rings and slots are meant to spread.</summary>
        public int EraseCountOf(int page) => erasesPerPage[page];

        /// <summary>A worn-out byte: programming it no longer changes it (it reads back as before).</summary>
        public int WornOutAddress { get; set; } = -1;

        /// <summary>Power fails when <paramref name="operations"/> more bytes have been erased or programmed.</summary>
        public void CutPowerAfter(long operations)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(operations);
            budget = operations;
        }

        /// <summary>Power is back (the reboot); no cut is pending.</summary>
        public void RestorePower()
        {
            budget = -1;
            PowerFailed = false;
        }

        /// <summary>The raw contents, for tests that corrupt or inspect them.</summary>
        public byte[] Cells => cells;

        public void ErasePage(int page)
        {
            if (page < 0 || page >= PageCount)
            {
                throw new ArgumentOutOfRangeException(nameof(page));
            }

            EnsurePowered();
            EraseCount++;
            erasesPerPage[page]++;
            int start = page * PageSize;
            for (int i = 0; i < PageSize; i++)
            {
                Spend();
                cells[start + i] = 0xFF;
            }
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            CheckRange(address, count);
            EnsurePowered();
            for (int i = 0; i < count; i++)
            {
                if (RequireErasedBeforeProgram && cells[address + i] != 0xFF)
                {
                    throw new InvalidOperationException("programming byte " + (address + i) + " which is not erased");
                }

                Spend();
                if (address + i != WornOutAddress)
                {
                    cells[address + i] &= buffer[offset + i];
                }
            }
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            CheckRange(address, count);
            EnsurePowered();
            Array.Copy(cells, address, buffer, offset, count);
        }

        private void Spend()
        {
            if (budget == 0)
            {
                PowerFailed = true;
                throw new PowerLossException();
            }

            if (budget > 0)
            {
                budget--;
            }

            Operations++;
        }

        private void EnsurePowered()
        {
            if (PowerFailed)
            {
                throw new PowerLossException("the flash has no power until RestorePower");
            }
        }

        private void CheckRange(int address, int count)
        {
            if (address < 0 || count < 0 || address > cells.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(address), "outside the flash");
            }
        }
    }
}
