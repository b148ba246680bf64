import { useId, useState, type DragEvent } from 'react';

/** A drop target that also opens the file picker; calls `onFile` with the chosen file. */
export function DropZone({
  label,
  hint,
  accept,
  disabled,
  onFile,
}: {
  label: string;
  hint: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-over={over || undefined}
      className="flex flex-col items-center gap-2 rounded-lg border-2 border-dashed border-slate-300 p-6 text-center text-sm data-[over]:border-indigo-500 data-[over]:bg-indigo-50 dark:border-slate-700 dark:data-[over]:bg-indigo-950"
    >
      <p>Drop a file here, or</p>
      <label
        htmlFor={id}
        className="cursor-pointer rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-500 focus-within:outline-2"
      >
        {label}
        <input
          id={id}
          type="file"
          accept={accept}
          disabled={disabled}
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <p className="max-w-md text-xs text-slate-500">{hint}</p>
    </div>
  );
}
