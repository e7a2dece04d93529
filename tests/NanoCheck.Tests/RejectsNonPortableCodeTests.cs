using System.Collections.Generic;
using NanoCheck.Checking;
using Xunit;

namespace NanoCheck.Tests
{
    /// <summary>Each bad sample uses one thing the stable nanoFramework line lacks; the check must fail at the marked line.</summary>
    public sealed class RejectsNonPortableCodeTests
    {
        [Fact]
        public void RejectsListOfT() => AssertRejected("ListOfT.cs", "NF0003");

        [Fact]
        public void RejectsNullableInt() => AssertRejected("NullableInt.cs", "NF0011");

        [Fact]
        public void RejectsStringReplace()
        {
            CheckResult result = AssertRejected("StringReplace.cs");
            Assert.Contains(result.Errors, e => e.Id == "CS1061" && e.Message.Contains("Replace", System.StringComparison.Ordinal));
        }

        [Fact]
        public void RejectsAsync() => AssertRejected("AsyncMethod.cs", "NF0005");

        [Fact]
        public void RejectsYieldReturn() => AssertRejected("YieldReturn.cs", "NF0004");

        [Fact]
        public void RejectsSpanOfByte() => AssertRejected("SpanOfByte.cs", "NF0003");

        [Fact]
        public void RejectsTuples() => AssertRejected("Tuples.cs", "NF0009");

        [Fact]
        public void RejectsDecimal() => AssertRejected("DecimalType.cs", "NF0014");

        [Fact]
        public void RejectsIndexFromEnd() => AssertRejected("IndexFromEnd.cs", "NF0013");

        [Fact]
        public void RejectsRange() => AssertRejected("RangeSlice.cs", "NF0013");

        [Fact]
        public void RejectsRecord() => AssertRejected("RecordType.cs", "NF0012");

        [Fact]
        public void RejectsActionOfInt()
        {
            CheckResult result = AssertRejected("ActionOfInt.cs", "NF0003");

            // The compiler itself rejects it too: the stub mscorlib has only the non-generic System.Action.
            Assert.Contains(result.Errors, e => e.Id.StartsWith("CS", System.StringComparison.Ordinal) && e.Line == 9);
        }

        [Fact]
        public void RejectsBufferBlockCopy()
        {
            CheckResult result = AssertRejected("BufferBlockCopy.cs");
            Assert.Contains(result.Errors, e => e.Id == "CS0103" && e.Message.Contains("Buffer", System.StringComparison.Ordinal));
        }

        [Fact]
        public void ReportsUserDeclaredGenericClass()
        {
            CheckResult result = AssertRejected("GenericBox.cs", "NF0001");

            // Only the scan can catch this one: a generic class compiles fine against any mscorlib.
            Assert.All(result.Errors, e => Assert.StartsWith("NF", e.Id, System.StringComparison.Ordinal));
        }

        [Fact]
        public void RejectsMemberObsoleteAsError() => AssertRejected("ObsoleteLocalKind.cs");

        private static CheckResult AssertRejected(string sample, string? scanId = null)
        {
            string path = Samples.Bad(sample);
            CheckResult result = Samples.CheckFile(path);
            Samples.AssertErrorsAtMarkedLines(result, path);
            if (scanId != null)
            {
                IReadOnlyList<Expectation> marked = Samples.Expectations(path);
                int lastMarked = marked[marked.Count - 1].Line;
                Assert.Contains(result.Errors, e => e.Id == scanId && e.Line == lastMarked);
            }

            return result;
        }
    }
}
