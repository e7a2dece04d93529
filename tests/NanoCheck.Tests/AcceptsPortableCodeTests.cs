using System.Collections.Generic;
using System.Linq;
using NanoCheck.Checking;
using NanoCheck.Listing;
using Xunit;

namespace NanoCheck.Tests
{
    /// <summary>Portable code must pass, and compile to calls of nanoFramework's own overloads.</summary>
    public sealed class AcceptsPortableCodeTests
    {
        [Fact]
        public void AcceptsCleanSample()
        {
            CheckResult result = Samples.CheckFile(Samples.Clean("Clean.cs"));

            Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Format())));
            Assert.Equal(1, result.FileCount);
            Assert.NotNull(result.Image);
        }

        [Fact]
        public void LockCallsSingleArgumentMonitorEnter()
        {
            IReadOnlyList<MemberReferenceInfo> calls = CleanSampleCalls();

            Assert.Contains(new MemberReferenceInfo("System.Threading.Monitor", "Enter", 1), calls);
            Assert.Contains(new MemberReferenceInfo("System.Threading.Monitor", "Exit", 1), calls);
            Assert.DoesNotContain(calls, c => c.Type == "System.Threading.Monitor" && c.Name == "Enter" && c.ParameterCount != 1);
        }

        [Fact]
        public void InterpolationCallsStringFormatWithObjectArray()
        {
            IReadOnlyList<MemberReferenceInfo> calls = CleanSampleCalls();

            // nanoFramework has only Format(string, params object[]): two parameters.
            Assert.Contains(new MemberReferenceInfo("System.String", "Format", 2), calls);
            Assert.DoesNotContain(calls, c => c.Type.StartsWith("System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", System.StringComparison.Ordinal));
        }

        [Fact]
        public void StringPlusCharCallsStringConcatOfTwoStrings()
        {
            IReadOnlyList<MemberReferenceInfo> calls = CleanSampleCalls();

            Assert.Contains(new MemberReferenceInfo("System.Char", "ToString", 0), calls);
            Assert.Contains(new MemberReferenceInfo("System.String", "Concat", 2), calls);
        }

        [Fact]
        public void LongStringSwitchUsesOnlyNanoFrameworkStringMembers()
        {
            IReadOnlyList<MemberReferenceInfo> calls = CleanSampleCalls();

            // Eight cases: current Roslyn buckets on length and one char (no ComputeStringHash helper); either way it may
            // only use what nanoFramework's String has.
            Assert.Contains(new MemberReferenceInfo("System.String", "get_Length", 0), calls);
            Assert.Contains(new MemberReferenceInfo("System.String", "get_Chars", 1), calls);
            Assert.Contains(new MemberReferenceInfo("System.String", "op_Equality", 2), calls);
        }

        [Fact]
        public void EveryMemberTheCleanSampleCallsIsInTheListing()
        {
            ApiListing listing = ApiListing.Load(ApiListing.DefaultPath);
            var listed = new HashSet<MemberReferenceInfo>(listing.Lines
                .Where(l => l.Kind is 'M' or 'C')
                .Select(l => new MemberReferenceInfo(l.Type, l.Signature.Substring(0, l.Signature.IndexOf('(', System.StringComparison.Ordinal)), l.Parameters.Count)));

            IReadOnlyList<MemberReferenceInfo> calls = CleanSampleCalls();

            Assert.NotEmpty(calls);
            Assert.All(calls, c => Assert.Contains(c, listed));
        }

        [Fact]
        public void FieldLikeEventCallsDelegateCombineAndRemove()
        {
            IReadOnlyList<MemberReferenceInfo> calls = CleanSampleCalls();

            Assert.Contains(new MemberReferenceInfo("System.Delegate", "Combine", 2), calls);
            Assert.Contains(new MemberReferenceInfo("System.Delegate", "Remove", 2), calls);
            Assert.DoesNotContain(calls, c => c.Type == "System.Threading.Interlocked");
        }

        [Fact]
        public void EmittedSampleReferencesOnlyNanoFrameworkTypes()
        {
            CheckResult result = Samples.CheckFile(Samples.Clean("Clean.cs"));
            IReadOnlyList<string> types = MemberReferences.TypeReferences(result.Image!);

            Assert.Contains("System.Collections.ArrayList", types);
            Assert.Contains("System.IDisposable", types);
            Assert.All(types, t => Assert.DoesNotContain("`", t, System.StringComparison.Ordinal));
        }

        [Fact]
        public void AcceptsStringBuilderWhenSystemTextIsReferenced()
        {
            CheckResult result = Samples.CheckFile(Samples.Clean("TextUser.cs"), "nanoFramework.System.Text");

            Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Format())));
        }

        [Fact]
        public void RejectsStringBuilderWithoutSystemTextReference()
        {
            string path = Samples.Clean("TextUser.cs");
            CheckResult result = Samples.CheckFile(path);

            Samples.AssertErrorsAtMarkedLines(result, path, "expect-without-reference");
        }

        private static IReadOnlyList<MemberReferenceInfo> CleanSampleCalls()
        {
            CheckResult result = Samples.CheckFile(Samples.Clean("Clean.cs"));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Format())));
            return MemberReferences.Read(result.Image!);
        }
    }
}
