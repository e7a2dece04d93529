using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The assertions of nanoFramework.TestFramework's stable API, typed overload by typed overload, so the
    /// compiler picks the same overloads here as on the device. Obsolete members stay obsolete.
    /// </summary>
    public sealed partial class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(bool expected, bool actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(bool notExpected, bool actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(byte expected, byte actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(byte notExpected, byte actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(byte expected, byte actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(byte notExpected, byte actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(char expected, char actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(char notExpected, char actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(char expected, char actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(char notExpected, char actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(DateTime expected, DateTime actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(DateTime notExpected, DateTime actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(double expected, double actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(double notExpected, double actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(double expected, double actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(double notExpected, double actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(short expected, short actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(short notExpected, short actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(short expected, short actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(short notExpected, short actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(int expected, int actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(int notExpected, int actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(int expected, int actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(int notExpected, int actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(long expected, long actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(long notExpected, long actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(long expected, long actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(long notExpected, long actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(object? expected, object? actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(object? notExpected, object? actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(object? expected, object? actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(object? notExpected, object? actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(sbyte expected, sbyte actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(sbyte notExpected, sbyte actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(float expected, float actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(float notExpected, float actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(float expected, float actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(float notExpected, float actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(string? expected, string? actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(string? notExpected, string? actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(string? expected, string? actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(string? notExpected, string? actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(ushort expected, ushort actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(ushort expected, ushort actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(ushort notExpected, ushort actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(uint expected, uint actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(uint notExpected, uint actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(uint expected, uint actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(uint notExpected, uint actual, string message = "") => CheckDifferent(notExpected, actual, message);

        public static void AreEqual(ulong expected, ulong actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") => CheckDifferent(notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(ulong expected, ulong actual, string message = "") => CheckEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(ulong notExpected, ulong actual, string message = "") => CheckDifferent(notExpected, actual, message);

    }
}
