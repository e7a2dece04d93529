using System;
using Callhome.Hal;

namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// A queue in NOR flash that survives reboots and power cuts (events and notifications waiting for the
    /// manager's next call). Pages are used in a ring, so erases spread evenly over them.
    /// Page layout: magic "CHWR", page sequence, CRC-32 of those 8 bytes; then entries, each
    /// [ack][length 2][entry sequence 4][CRC-32 of length, sequence and payload][payload].
    /// The ack byte is left FFh when written and programmed to 00h when the entry is consumed, which NOR
    /// allows without an erase; that makes removal a one-byte, all-or-nothing operation (delivery is at
    /// least once: the entry sequence lets the receiver drop a repeat).
    /// A torn entry fails its CRC and ends its page; appends then continue on a fresh page. When the ring is
    /// full the oldest page is erased and its pending entries are dropped and counted.
    /// Mounting never throws for anything the flash contains.
    /// </summary>
    public sealed class WearRing
    {
        public const int PageHeaderBytes = 12;
        public const int EntryHeaderBytes = 11;
        private const uint Magic = 0x43485752; // "CHWR"
        private const int EntryValid = 0;
        private const int EntryEnd = 1;
        private const int EntryInvalid = 2;

        private readonly IFlash flash;
        private readonly int firstPage;
        private readonly int pageCount;
        private readonly int pageSize;
        private readonly bool[] pageValid;
        private readonly uint[] pageSequence;
        private readonly byte[] scratch;
        private readonly byte[] one = new byte[1];

        private int head = -1;          // page being appended to; -1 when no page is valid
        private int headOffset = -1;    // next free byte in head; -1 when head is closed by a torn entry
        private int oldestPage = -1;    // first pending entry; -1 when the queue is empty
        private int oldestOffset;
        private uint nextSequence = 1;

        // Read back by the entry scanner.
        private int entryLength;
        private uint entrySequence;
        private bool entryAcked;

        public WearRing(IFlash flash, int firstPage, int pageCount)
        {
            ArgumentNullException.ThrowIfNull(flash);
            if (pageCount < 2 || firstPage < 0 || firstPage + pageCount > flash.PageCount)
            {
                throw new ArgumentOutOfRangeException(nameof(pageCount), "at least two pages, inside the flash");
            }

            if (flash.PageSize < PageHeaderBytes + EntryHeaderBytes + 1)
            {
                throw new ArgumentOutOfRangeException(nameof(flash), "pages too small for an entry");
            }

            this.flash = flash;
            this.firstPage = firstPage;
            this.pageCount = pageCount;
            pageSize = flash.PageSize;
            pageValid = new bool[pageCount];
            pageSequence = new uint[pageCount];
            scratch = new byte[pageSize];
        }

        public int MaxPayload => pageSize - PageHeaderBytes - EntryHeaderBytes;

        /// <summary>Entries appended and not yet removed.</summary>
        public int Count { get; private set; }

        /// <summary>Pending entries lost to the ring wrapping over them since Mount.</summary>
        public int Dropped { get; private set; }

        /// <summary>Scans the pages and rebuilds the queue's position in RAM. Call once after boot.</summary>
        public void Mount()
        {
            head = -1;
            headOffset = -1;
            oldestPage = -1;
            Count = 0;
            Dropped = 0;
            nextSequence = 1;
            for (int p = 0; p < pageCount; p++)
            {
                flash.Read(Address(p, 0), scratch, 0, PageHeaderBytes);
                pageValid[p] = BigEndian.GetUInt32(scratch, 0) == Magic && Crc32.Compute(scratch, 0, 8) == BigEndian.GetUInt32(scratch, 8);
                pageSequence[p] = pageValid[p] ? BigEndian.GetUInt32(scratch, 4) : 0;
                if (pageValid[p] && (head == -1 || BigEndian.IsNewerSequence(pageSequence[p], pageSequence[head])))
                {
                    head = p;
                }
            }

            if (head == -1)
            {
                return;
            }

            // Pages were started in ring order, so the oldest is the first valid page after the head.
            int page = head;
            do
            {
                page = (page + 1) % pageCount;
                if (pageValid[page])
                {
                    ScanPage(page);
                }
            }
            while (page != head);
        }

        /// <returns>the entry's sequence number.</returns>
        public uint Append(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (count < 0 || count > MaxPayload || offset < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "0 to " + MaxPayload.ToString() + " bytes");
            }

            int need = EntryHeaderBytes + count;
            if (head == -1 || headOffset == -1 || headOffset + need > pageSize)
            {
                StartNewPage();
            }

            uint sequence = nextSequence;
            scratch[0] = 0xFF;
            scratch[1] = (byte)(count >> 8);
            scratch[2] = (byte)count;
            BigEndian.PutUInt32(scratch, 3, sequence);
            Array.Copy(buffer, offset, scratch, EntryHeaderBytes, count);
            uint crc = EntryCrc(count);
            BigEndian.PutUInt32(scratch, 7, crc);
            int at = headOffset;
            flash.Program(Address(head, at), scratch, 0, need);

            headOffset = at + need;
            nextSequence = sequence + 1;
            Count++;
            if (oldestPage == -1)
            {
                oldestPage = head;
                oldestOffset = at;
            }

            return sequence;
        }

        /// <returns>the oldest pending entry's length, copied to buffer; -1 when the queue is empty.</returns>
        public int PeekOldest(byte[] buffer, int offset, out uint sequence)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            sequence = 0;
            if (oldestPage == -1)
            {
                return -1;
            }

            ReadEntry(oldestPage, oldestOffset);
            if (buffer.Length - offset < entryLength)
            {
                throw new ArgumentException("buffer too small for the entry", nameof(buffer));
            }

            Array.Copy(scratch, EntryHeaderBytes, buffer, offset, entryLength);
            sequence = entrySequence;
            return entryLength;
        }

        /// <summary>Marks the oldest pending entry consumed (one byte programmed to 00h).</summary>
        public void RemoveOldest()
        {
            if (oldestPage == -1)
            {
                throw new InvalidOperationException("the queue is empty");
            }

            ReadEntry(oldestPage, oldestOffset);
            int page = oldestPage;
            int next = oldestOffset + EntryHeaderBytes + entryLength;
            one[0] = 0x00;
            flash.Program(Address(oldestPage, oldestOffset), one, 0, 1);
            Count--;
            FindPending(page, next);
        }

        private void StartNewPage()
        {
            int page = head == -1 ? 0 : (head + 1) % pageCount;
            uint sequence = head == -1 ? 1 : pageSequence[head] + 1;
            if (pageValid[page])
            {
                int lost = PendingIn(page);
                Dropped += lost;
                Count -= lost;
            }

            // The page is invalid from the first erased byte on: a cut erase is a blank or invalid page.
            pageValid[page] = false;
            if (oldestPage == page)
            {
                int after = NextValidPage(page);
                oldestPage = -1;
                if (after != -1)
                {
                    FindPending(after, PageHeaderBytes);
                }
            }

            flash.ErasePage(firstPage + page);
            BigEndian.PutUInt32(scratch, 0, Magic);
            BigEndian.PutUInt32(scratch, 4, sequence);
            BigEndian.PutUInt32(scratch, 8, Crc32.Compute(scratch, 0, 8));
            flash.Program(Address(page, 0), scratch, 0, PageHeaderBytes);
            pageValid[page] = true;
            pageSequence[page] = sequence;
            head = page;
            headOffset = PageHeaderBytes;
        }

        // Counts pending entries and places the head and oldest positions, for Mount.
        private void ScanPage(int page)
        {
            int offset = PageHeaderBytes;
            while (true)
            {
                int state = EntryAt(page, offset);
                if (state != EntryValid)
                {
                    if (page == head)
                    {
                        headOffset = state == EntryEnd ? offset : -1;
                    }

                    return;
                }

                if (!entryAcked)
                {
                    Count++;
                    if (oldestPage == -1)
                    {
                        oldestPage = page;
                        oldestOffset = offset;
                    }
                }

                if (BigEndian.IsNewerSequence(entrySequence + 1, nextSequence))
                {
                    nextSequence = entrySequence + 1;
                }

                offset += EntryHeaderBytes + entryLength;
            }
        }

        private int PendingIn(int page)
        {
            int pending = 0;
            int offset = PageHeaderBytes;
            while (EntryAt(page, offset) == EntryValid)
            {
                pending += entryAcked ? 0 : 1;
                offset += EntryHeaderBytes + entryLength;
            }

            return pending;
        }

        // Sets oldestPage/oldestOffset to the first pending entry at or after (page, offset), up to the head.
        private void FindPending(int page, int offset)
        {
            oldestPage = -1;
            while (true)
            {
                while (EntryAt(page, offset) == EntryValid)
                {
                    if (!entryAcked)
                    {
                        oldestPage = page;
                        oldestOffset = offset;
                        return;
                    }

                    offset += EntryHeaderBytes + entryLength;
                }

                if (page == head)
                {
                    return;
                }

                page = NextValidPage(page);
                if (page == -1)
                {
                    return;
                }

                offset = PageHeaderBytes;
            }
        }

        private int NextValidPage(int page)
        {
            while (page != head)
            {
                page = (page + 1) % pageCount;
                if (pageValid[page])
                {
                    return page;
                }
            }

            return -1;
        }

        private void ReadEntry(int page, int offset)
        {
            if (EntryAt(page, offset) != EntryValid)
            {
                throw new InvalidOperationException("the queue's position no longer holds a valid entry");
            }
        }

        // Reads and checks the entry at (page, offset) into scratch; every length is checked against the page.
        private int EntryAt(int page, int offset)
        {
            if (pageSize - offset < EntryHeaderBytes)
            {
                return EntryEnd;
            }

            flash.Read(Address(page, offset), scratch, 0, EntryHeaderBytes);
            int length = (scratch[1] << 8) | scratch[2];
            if (length == 0xFFFF && scratch[0] == 0xFF)
            {
                return EntryEnd;
            }

            if (length > pageSize - offset - EntryHeaderBytes)
            {
                return EntryInvalid;
            }

            flash.Read(Address(page, offset + EntryHeaderBytes), scratch, EntryHeaderBytes, length);
            if (EntryCrc(length) != BigEndian.GetUInt32(scratch, 7))
            {
                return EntryInvalid;
            }

            entryLength = length;
            entrySequence = BigEndian.GetUInt32(scratch, 3);
            entryAcked = scratch[0] != 0xFF;
            return EntryValid;
        }

        // CRC over length and sequence (scratch[1..7)) and the payload (scratch[11..]): not the ack byte,
        // which changes after the write, nor the CRC field itself.
        private uint EntryCrc(int length)
        {
            return Crc32.Finish(Crc32.Update(Crc32.Update(Crc32.Start, scratch, 1, 6), scratch, EntryHeaderBytes, length));
        }

        private int Address(int page, int offset)
        {
            return ((firstPage + page) * pageSize) + offset;
        }
    }
}
