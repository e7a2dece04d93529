using System.Collections.Generic;

namespace NanoCheck.Checking
{
    /// <summary>One rule of the portability scan.</summary>
    public sealed record PortabilityRule(string Id, string Message);

    /// <summary>The rules of the portability scan (NF00xx) and of the project checks (NF01xx).</summary>
    public static class PortabilityRules
    {
        public static readonly PortabilityRule GenericType = new("NF0001", "generic type declaration: the stable nanoFramework runtime has no generics");
        public static readonly PortabilityRule GenericMethod = new("NF0002", "generic method declaration: the stable nanoFramework runtime has no generics");
        public static readonly PortabilityRule GenericUse = new("NF0003", "use of a generic type or method: the stable nanoFramework runtime has no generics");
        public static readonly PortabilityRule Iterator = new("NF0004", "iterator (yield): needs IEnumerable<T>/IEnumerator<T>, which nanoFramework lacks");
        public static readonly PortabilityRule Async = new("NF0005", "async/await: nanoFramework has no Task or async method builders");
        public static readonly PortabilityRule StackAlloc = new("NF0006", "stackalloc: not supported on nanoFramework");
        public static readonly PortabilityRule Query = new("NF0007", "LINQ query syntax: nanoFramework has no LINQ");
        public static readonly PortabilityRule Dynamic = new("NF0008", "dynamic: nanoFramework has no dynamic binder");
        public static readonly PortabilityRule Tuple = new("NF0009", "tuple: needs System.ValueTuple (generic), which nanoFramework lacks");
        public static readonly PortabilityRule Unsafe = new("NF0010", "unsafe code, pointers or fixed: not allowed in portable code");
        public static readonly PortabilityRule NullableValueType = new("NF0011", "nullable value type: needs System.Nullable<T> (generic), which nanoFramework lacks");
        public static readonly PortabilityRule Record = new("NF0012", "record: needs IEquatable<T> and other generic support nanoFramework lacks");
        public static readonly PortabilityRule IndexRange = new("NF0013", "index/range (^, .., list patterns, spreads): needs System.Index/System.Range/Span<T>, which nanoFramework lacks");
        public static readonly PortabilityRule DecimalType = new("NF0014", "decimal: nanoFramework has no System.Decimal");
        public static readonly PortabilityRule Extern = new("NF0015", "extern member: P/Invoke and native methods are not portable");
        public static readonly PortabilityRule MultiDimensionalArray = new("NF0016", "multi-dimensional array: nanoFramework supports only single-dimension (and jagged) arrays");
        public static readonly PortabilityRule Utf8Literal = new("NF0017", "UTF-8 string literal: needs ReadOnlySpan<byte>, which nanoFramework lacks");
        public static readonly PortabilityRule AnonymousType = new("NF0018", "anonymous type: compiled to a generic class, which nanoFramework cannot run");
        public static readonly PortabilityRule Undocumented = new("NF0019", "__arglist/__makeref/__reftype/__refvalue: not supported on nanoFramework");

        public static readonly PortabilityRule UnknownReference = new("NF0100", "reference is not a nanoFramework assembly in the API listing; it is ignored");
        public static readonly PortabilityRule NoCoreLibrary = new("NF0101", "the project does not reference mscorlib");
        public static readonly PortabilityRule MissingSource = new("NF0102", "compile item not found");
        public static readonly PortabilityRule BadProjectReference = new("NF0103", "project reference cannot be checked");

        public static IReadOnlyList<PortabilityRule> All { get; } = new[]
        {
            GenericType, GenericMethod, GenericUse, Iterator, Async, StackAlloc, Query, Dynamic, Tuple, Unsafe,
            NullableValueType, Record, IndexRange, DecimalType, Extern, MultiDimensionalArray, Utf8Literal, AnonymousType,
            Undocumented, UnknownReference, NoCoreLibrary, MissingSource, BadProjectReference,
        };
    }
}
