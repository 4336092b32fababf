/** POSTs a multipart form with upload progress (fetch cannot report upload progress). */
export type ServerReply =
  | { status: "ok"; data: { requestId: string; registrationNumber: string; duplicate: boolean } }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[]>; reference?: string };

export function postForm(url: string, body: FormData, onProgress: (percent: number) => void): Promise<ServerReply> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.min(99, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => {
      const reply = xhr.response as ServerReply | null;
      if (reply && typeof reply === "object" && "status" in reply) {
        onProgress(100);
        resolve(reply);
      } else {
        resolve({ status: "error", message: `Server menjawab tidak terduga (HTTP ${xhr.status}). Coba kirim lagi.` });
      }
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.ontimeout = () => reject(new Error("timeout"));
    xhr.timeout = 10 * 60 * 1000;
    xhr.send(body);
  });
}
